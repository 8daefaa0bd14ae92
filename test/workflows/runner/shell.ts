// One `run:` step as the runner on ubuntu executes it: the script written to a file under RUNNER_TEMP and run by
// the step's shell, with no standard input; plus the two text formats a step talks back in: workflow commands on
// its output (`::error file=…,line=…::message`) and the file commands (GITHUB_OUTPUT, GITHUB_ENV).
// https://docs.github.com/actions/reference/workflow-syntax-for-github-actions#jobsjob_idstepsshell
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShellRun {
  code: number | null;
  timedOut: boolean;
}

/**
 * The command line for `shell:`. Unspecified on Linux is `bash -e {0}` (no pipefail: GitHub documents that an
 * explicit `shell: bash` runs differently), `bash` is `bash --noprofile --norc -eo pipefail {0}`, `sh` is
 * `sh -e {0}`, and a custom shell is a command with `{0}` where the script file goes.
 */
export function shellCommand(shell: string | undefined, file: string): string[] {
  switch (shell ?? '') {
    case '': return ['bash', '-e', file];
    case 'bash': return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
    case 'sh': return ['sh', '-e', file];
    default:
      if (!shell!.includes('{0}')) throw new Error(`shell "${shell}" is not emulated by the local runner`);
      return shell!.trim().split(/\s+/).map((w) => w.replace('{0}', file));
  }
}

export function runShell(options: {
  shell: string | undefined; script: string; cwd: string; env: Record<string, string>; tempDir: string; timeoutMs: number;
  onLine: (line: string) => void;
}): Promise<ShellRun> {
  const file = join(options.tempDir, `${randomUUID()}.sh`);
  writeFileSync(file, options.script);
  const [command, ...args] = shellCommand(options.shell, file);
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout ends everything the script started.
    const child = spawn(command!, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const l of lines) options.onLine(l.replace(/\r$/, ''));
      });
      stream.on('end', () => {
        if (rest) options.onLine(rest);
        rest = '';
      });
    }
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** A `::command key=value,…::message` line, unescaped; undefined for ordinary output. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1), true);
  }
  return { command: m[1]!.toLowerCase(), properties, message: unescape(m[3]!, false) };
}

function unescape(s: string, property: boolean): string {
  let out = s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  if (property) out = out.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return out.replace(/%25/g, '%');
}

/** GITHUB_OUTPUT / GITHUB_ENV content: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseFileCommand(text: string, what: string): Array<[string, string]> {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || line.indexOf('<<') < eq)) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`${what}: matching delimiter not found '${heredoc[2]}'`);
      pairs.push([heredoc[1]!, lines.slice(i + 1, end).join('\n')]);
      i = end;
    } else if (eq > 0) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else {
      throw new Error(`${what}: invalid format '${line}'`);
    }
  }
  return pairs;
}
