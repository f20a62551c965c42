import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import { pino, stdSerializers, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';
import { SESSION_COOKIE } from '../identity/session-token';
import type { AppConfig, LogLevel } from '../config/app-config';

export interface LogSettings {
  level: LogLevel;
  format: AppConfig['logFormat'];
  /** Where lines go; stdout when absent (tests capture them here). */
  destination?: DestinationStream;
}

export const logSettings = (config: AppConfig, overrides: Partial<LogSettings> = {}): LogSettings => ({
  level: config.logLevel,
  format: config.logFormat,
  ...overrides,
});

/** Fields whose values are never written, wherever they sit in a logged object (up to three levels down). */
const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'email',
  'cookie',
  'authorization',
  'variables',
];
const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

const SCRUBBED: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [new RegExp(`(${SESSION_COOKIE}=)[^;\\s"]+`, 'g'), '$1[redacted]'],
  [/(\/calendar\/private\/)[A-Za-z0-9_-]+(\.ics)?/g, '$1[token]'],
  [/([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, '$1[credentials]@'],
];

/**
 * Masks what must never reach a log inside free text: email addresses, the session cookie, private calendar
 * tokens (they sit in the path) and credentials in URLs. Field names are redacted separately (REDACT_PATHS).
 */
export function scrub(text: string): string {
  return SCRUBBED.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** The path only: query strings may carry GraphQL variables or tokens, and private feed tokens are masked. */
function loggedPath(url: string | undefined): string {
  return scrub((url ?? '').split('?')[0]!);
}

/** Line breaks, terminal escapes and other controls, written as escapes: no value can start a line of its own. */
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function oneLine(value: unknown): string {
  return String(value).replace(
    CONTROLS,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Transforms pino's JSON lines into one short line each, for people reading a terminal (`LOG_FORMAT=text`). JSON
 * escapes what a client sent; here every value is escaped again, so a newline in an argument cannot forge a line.
 */
function textLines(out: NodeJS.WritableStream): DestinationStream {
  const omitted = new Set(['time', 'level', 'msg', 'context', 'pid', 'hostname', 'name', 'req', 'res']);
  return {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const { req, res } = entry as { req?: { method: string; url: string }; res?: { statusCode: number } };
      const request = req && res ? ` ${req.method} ${req.url} ${res.statusCode}` : '';
      const context = entry.context ? `[${String(entry.context)}] ` : '';
      const extras = Object.entries(entry)
        .filter(([key, value]) => !omitted.has(key) && value !== null && typeof value !== 'object')
        .map(([key, value]) => ` ${key}=${String(value)}`)
        .join('');
      const time = String(entry.time).slice(11, 19);
      const text = `${time} ${String(entry.level).toUpperCase().padEnd(5)} ${context}${String(entry.msg ?? '')}${request}${extras}`;
      out.write(`${oneLine(text)}\n`);
    },
  };
}

/** The process's logger: JSON lines on stdout (or short text lines), secrets redacted and scrubbed. */
export function createLogger(name: 'api' | 'worker', settings: LogSettings): Logger {
  const options: LoggerOptions = {
    name: `prepcom-${name}`,
    level: settings.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      err: (error: Error) => {
        const serialized = stdSerializers.err(error);
        return { ...serialized, message: scrub(serialized.message), stack: scrub(serialized.stack ?? '') };
      },
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg: unknown) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<
            typeof method
          >,
        );
      },
    },
  };
  const destination =
    settings.destination ?? (settings.format === 'text' ? textLines(process.stdout) : pino.destination(1));
  return pino(options, destination);
}

/** Probes and scrapes come every few seconds: logging each would drown everything else. */
const QUIET = /^\/(health\/(live|ready)|metrics)(\?|$)/;

/**
 * pino-http's options for the API (through nestjs-pino): one line per request with its id, method, path, status and
 * time, and the id bound to every line logged while serving it. The id is Fastify's (common/request-id.ts).
 */
export function httpLogOptions(logger: Logger): HttpLogOptions {
  return {
    logger,
    genReqId: (request) => (request as IncomingMessage & { id?: string }).id ?? randomUUID(),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    autoLogging: { ignore: (request) => QUIET.test(originalUrl(request)) },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (request: { id: string; method: string; raw?: IncomingMessage; url?: string }) => ({
        method: request.method,
        url: loggedPath(request.raw ? originalUrl(request.raw) : request.url),
      }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
  };
}

/** @fastify/middie strips a middleware's mount path from `url`; the path the client asked for is kept here. */
function originalUrl(request: IncomingMessage): string {
  return (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
}

/** Nest's logger on top of `logger`, for a process built without LoggerModule (the worker). */
export function nestLogger(logger: Logger): LoggerService {
  const params = { pinoHttp: { logger } };
  return new NestPinoLogger(new PinoLogger(params), params);
}
