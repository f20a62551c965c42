import WebSocket from 'ws';
import { browserHeaders, listen } from './support/subscriptions';
import { eventually } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

interface ServerMessage {
  type: string;
  id?: string;
  payload?: { message: string; extensions?: { code?: string } }[];
}

/** Subscribe messages a client could send that Mercurius cannot read. */
const MALFORMED: [string, unknown][] = [
  ['no payload', undefined],
  ['a payload that is not an object', 'subscription { notificationAdded { id } }'],
  ['a query that is not text', { query: 5 }],
  ['a query that is an object', { query: { kind: 'Document' } }],
  [
    'an operationName naming no operation',
    { query: 'subscription A { notificationAdded { id } }', operationName: 'B' },
  ],
  ['a syntax error', { query: 'subscription {' }],
  ['no query', { variables: {} }],
];

for (const environment of ['development', 'production']) {
  describe(`malformed subscriptions, in ${environment}`, () => {
    let t: TestApp;
    let url: string;

    beforeAll(async () => {
      t = await startTestApp(environment === 'production' ? { env: { NODE_ENV: 'production' } } : {});
      url = await listen(t.app);
    });

    afterAll(() => t.close());

    /** Opens a socket as the dashboard would, initialises it, sends `payload` and answers the first error message. */
    async function answerTo(payload: unknown): Promise<ServerMessage> {
      const socket = new WebSocket(url, 'graphql-transport-ws', { headers: browserHeaders(url, null) });
      const received: ServerMessage[] = [];
      socket.on('message', (data: Buffer) => received.push(JSON.parse(data.toString()) as ServerMessage));
      try {
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        socket.send(JSON.stringify({ type: 'connection_init' }));
        await eventually(
          () => received,
          (messages) => messages.some((message) => message.type === 'connection_ack'),
        );
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
        const answers = await eventually(
          () => received,
          (messages) => messages.some((message) => message.type === 'error'),
        );
        return answers.find((message) => message.type === 'error')!;
      } finally {
        socket.close();
      }
    }

    it.each(MALFORMED)('answers %s with a coded error and no exception text', async (_name, payload) => {
      const answer = await answerTo(payload);
      expect(answer.payload).toHaveLength(1);
      const [error] = answer.payload!;
      expect(error!.extensions?.code).toMatch(/^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/);
      expect(error!.message).not.toMatch(/Cannot read|Cannot destructure|undefined|null|is not|TypeError/);
    });
  });
}
