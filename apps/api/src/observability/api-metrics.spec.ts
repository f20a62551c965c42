import { OperationLabels } from './api-metrics';
import { metricsAccess } from './metrics.controller';

describe('operation labels', () => {
  it('name each operation until the limit, then group the rest as "other"', () => {
    const labels = new OperationLabels(3);
    expect(['A', 'B', undefined, 'A', 'C', 'D', 'B', 'E'].map((name) => labels.label(name))).toEqual([
      'A',
      'B',
      'anonymous',
      'A',
      'C',
      'other',
      'B',
      'other',
    ]);
  });

  it('group overlong names as "other"', () => {
    expect(new OperationLabels(10).label('Q'.repeat(65))).toBe('other');
  });
});

describe('who may read /metrics', () => {
  const token = 'a-metrics-token-of-some-length';

  it('anyone outside production when no token is set, nobody in production', () => {
    expect(metricsAccess({ metricsToken: undefined, production: false }, undefined)).toBe('allowed');
    expect(metricsAccess({ metricsToken: undefined, production: true }, `Bearer ${token}`)).toBe('off');
  });

  it('with a token, only who sends it as a bearer token', () => {
    for (const production of [true, false]) {
      const config = { metricsToken: token, production };
      expect(metricsAccess(config, `Bearer ${token}`)).toBe('allowed');
      expect(metricsAccess(config, `bearer ${token}`)).toBe('allowed');
      expect(metricsAccess(config, undefined)).toBe('unauthorized');
      expect(metricsAccess(config, `Bearer ${token}x`)).toBe('unauthorized');
      expect(metricsAccess(config, `Basic ${token}`)).toBe('unauthorized');
      expect(metricsAccess(config, token)).toBe('unauthorized');
    }
  });
});
