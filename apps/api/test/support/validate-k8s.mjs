// Validates Kubernetes objects against the API schemas bundled in kubernetes-models (ESM only, so Jest runs this
// with plain Node). Reads a JSON array of objects on stdin; prints one { object, error } per object.
import { readFileSync } from 'node:fs';

const objects = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const object of objects) {
  const name = `${object.kind} ${object.metadata?.name ?? '(unnamed)'}`;
  try {
    const models = await import(`kubernetes-models/${object.apiVersion}`);
    const Model = models[object.kind];
    if (typeof Model !== 'function') throw new Error(`no ${object.kind} in ${object.apiVersion}`);
    new Model(object).validate();
    results.push({ object: name, error: null });
  } catch (error) {
    results.push({ object: name, error: error instanceof Error ? error.message : String(error) });
  }
}
process.stdout.write(JSON.stringify(results));
