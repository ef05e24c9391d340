// A tiny static server (the repository root, or another folder) on a free port, for the
// headless scripts. Text is sent brotli-compressed to a browser that asks for it, as a CDN sends
// it: Lighthouse's simulated slow 4G charges a script by its bytes on the wire (claimkit.js:
// 72 KB uncompressed, 23 KB brotli). Also what those scripts share besides: Chromium's flags,
// their `--name=value` options and the check that there is a build to measure.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.map', '.mjs', '.svg']);
/** Compressed bodies by file and modification time: each file is compressed once per run. */
const compressed = new Map();

export async function serve(root = process.cwd()) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    try {
      const file = join(root, path);
      const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      if (!compressible.has(extname(path)) || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await readFile(file);
        return void res.writeHead(200, headers).end(body);
      }
      // Read and compressed only when the file is new or changed since.
      const key = `${file} ${(await stat(file)).mtimeMs}`;
      if (!compressed.has(key))
        compressed.set(key, brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      res.writeHead(200, { ...headers, 'content-encoding': 'br' }).end(compressed.get(key));
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A `--name=value` option of the command line, or `fallback`. */
export const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** Stops the script when there is no build to measure. */
export function needBuild() {
  if (existsSync('dist/cdn/claimkit.js')) return;
  console.error('dist/cdn/claimkit.js is missing: run `npm run build` first.');
  process.exit(1);
}
