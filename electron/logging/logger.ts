// Structured logging for the host processes. Callers pass counts and codes, never personal data
// (个人信息保护法 Art. 51): nothing here redacts for them.
export type LogFields = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

export type Logger = {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
};

export type LogLine = { level: 'info' | 'warn' | 'error'; event: string; fields: LogFields; at: string };

export function createConsoleLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const emit = (level: LogLine['level'], event: string, fields: LogFields = {}): void => {
    const line: LogLine = { level, event, fields, at: new Date().toISOString() };
    write(JSON.stringify(line));
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that keeps lines in memory, for tests that check what was (not) logged. */
export function createMemoryLogger(): Logger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const push = (level: LogLine['level'], event: string, fields: LogFields = {}): void => {
    lines.push({ level, event, fields, at: new Date().toISOString() });
  };
  return {
    lines,
    info: (event, fields) => push('info', event, fields),
    warn: (event, fields) => push('warn', event, fields),
    error: (event, fields) => push('error', event, fields),
  };
}
