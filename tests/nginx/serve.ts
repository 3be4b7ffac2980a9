/**
 * Serves the build through a real nginx, as a user would deploy it: a `server` block on 127.0.0.1 that
 * `include`s the generated `nginx-headers.conf` and nothing else of ours. Started and stopped by Playwright
 * (see playwright.config.ts); `PORT` and `OUT_DIR` choose the port and the build.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.env.PORT ?? 4402);
const root = resolve(process.env.OUT_DIR ?? 'dist');
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
if (!nginx) {
  console.error('nginx is not installed: `bash scripts/run.sh test` installs it (Debian package nginx-light).');
  process.exit(1);
}
if (!existsSync(join(root, 'nginx-headers.conf'))) {
  console.error(`${root}/nginx-headers.conf is missing: build the site first (npm run build).`);
  process.exit(1);
}

// Started as root, nginx runs its workers as an unprivileged user that may not reach the build (a checkout in a
// private folder such as one from `mktemp -d` or under /root): for this test server on 127.0.0.1 they run as
// the user who started it. Started as anyone else, nginx keeps that user anyway.
const workers = process.getuid?.() === 0 ? 'user root;\n' : '';
const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
chmodSync(dir, 0o755);
const conf = join(dir, 'nginx.conf');
writeFileSync(
  conf,
  `${workers}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${root}/nginx-headers.conf;
    error_page 404 /404.html;
    location / {
      try_files $uri $uri/ =404;
    }
  }
}
`,
);

const child = spawn(nginx, ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
