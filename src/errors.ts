/**
 * A user's mistake (bad rule file, unreadable article, bad flag): reported as one message
 * with a location, a stable code and a hint, exit code 2, never a stack trace.
 */
export interface Diagnostic {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  excerpt?: string;
}

export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}: ` : '';
  let out = `${where}error ${d.code}: ${d.message}`;
  if (d.excerpt) out += `\n${d.excerpt}`;
  if (d.hint) out += `\n  hint: ${d.hint}`;
  return out;
}
