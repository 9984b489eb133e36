import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@praxis/testing';
import { ChildProcesses } from '../src/child-processes';

const WORKSPACE = join(__dirname, '..', '..', '..');

const REQUEST_LOG = '{"level":30,"msg":"request completed","req":{"method":"GET","path":"/api/v1/staff"}}';
const WARNING = '{"level":40,"msg":"outbox relay is backing off"}';
const CRASH = 'TypeError: Cannot read properties of undefined';

/** A service that logs a request, a warning, and crashes on stderr, as a Nest service would. */
const SERVICE = `console.log(${JSON.stringify(REQUEST_LOG)}); console.log(${JSON.stringify(WARNING)}); console.error(${JSON.stringify(CRASH)});`;

describe('npm start keeps the terminal for problems and writes full logs to files', () => {
  let logDirectory: string;
  let terminal: string[];

  beforeEach(() => {
    logDirectory = mkdtempSync(join(tmpdir(), 'praxis-logs-'));
    terminal = [];
    for (const stream of [process.stdout, process.stderr]) {
      jest
        .spyOn(stream, 'write')
        .mockImplementation((chunk: string | Uint8Array) => terminal.push(chunk.toString()) > 0);
    }
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(logDirectory, { recursive: true, force: true });
  });

  const logFileLines = () => readFileSync(join(logDirectory, 'identity.log'), 'utf8').split('\n');

  /** Once the file holds every line, the terminal has had its share too: both read the same chunks, the terminal first. */
  const runService = async (echoEverything: boolean) => {
    const processes = ChildProcesses.open({ root: WORKSPACE, logDirectory, echoEverything });
    const service = await processes.start('identity', process.execPath, [
      '-e',
      `${SERVICE} setInterval(() => undefined, 1_000);`,
    ]);
    await eventually(
      async () => expect(logFileLines()).toEqual(expect.arrayContaining([REQUEST_LOG, WARNING, CRASH])),
      5_000,
    );
    await service.stop();
    processes.close();
  };

  it('shows warnings and crashes, named by process, and keeps request logs in the file only', async () => {
    await runService(false);
    expect(terminal.sort()).toEqual([`[identity] ${CRASH}\n`, `[identity] ${WARNING}\n`]);
  });

  it('shows every line when full terminal logs are asked for', async () => {
    await runService(true);
    expect(terminal).toHaveLength(3);
    expect(terminal).toContain(`[identity] ${REQUEST_LOG}\n`);
  });
});
