// `artbridge`: node -r @swc-node/register apps/cli/src/main.ts <command> (npm run artbridge -- ...)
import { runCli } from './cli';
import { terminalProgress } from './output/progress';

// `artbridge dlq list | head`: a reader that leaves early is not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
process.once('SIGINT', () => {
  if (process.stderr.isTTY) process.stderr.write('\u001B[?25h\n'); // the bar hid the cursor
  process.exit(130);
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  progress: terminalProgress(process.stderr),
}).then((code) => {
  process.exitCode = code;
});
