// The device side of the sync benches, in a worker thread: a tablet is another machine, so its
// JSON, gzip and HTTP work must not share the hub's thread. Plain JavaScript, so it runs in a
// worker without a TypeScript loader.
//
// Messages in:  { kind: 'load', url, token, batches?: object[], bodies?: ArrayBuffer[] }
//               { kind: 'go' } — push every batch in order, one at a time, on one connection.
// Messages out: { kind: 'loaded' } and { kind: 'done', applied, bytesSent, bytesReceived } or { kind: 'error', message }.
import { Agent, request } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
let job;

parentPort.on('message', async (message) => {
  if (message.kind === 'load') {
    job = message;
    parentPort.postMessage({ kind: 'loaded' });
    return;
  }
  try {
    parentPort.postMessage({ kind: 'done', ...(await pushAll(job)) });
  } catch (error) {
    parentPort.postMessage({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

async function pushAll({ url, token, batches, bodies }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set();
  let applied = 0;
  try {
    const count = bodies ? bodies.length : batches.length;
    for (let i = 0; i < count; i++) {
      const body = bodies ? Buffer.from(bodies[i]) : await gzipAsync(JSON.stringify(batches[i]));
      const answer = await post(url, token, body, agent, sockets);
      for (const result of answer.results) if (result.status === 'applied') applied++;
    }
  } finally {
    agent.destroy();
  }
  let bytesSent = 0;
  let bytesReceived = 0;
  for (const socket of sockets) {
    bytesSent += socket.bytesWritten;
    bytesReceived += socket.bytesRead;
  }
  return { applied, bytesSent, bytesReceived };
}

function post(url, token, body, agent, sockets) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
          'Accept-Encoding': 'gzip',
          'Content-Length': body.length,
          Authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', async () => {
          try {
            const raw = Buffer.concat(chunks);
            const text = res.headers['content-encoding'] === 'gzip' ? (await gunzipAsync(raw)).toString() : raw.toString();
            if (res.statusCode !== 200) throw new Error(`Push answered ${res.statusCode}: ${text}`);
            resolve(JSON.parse(text));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('socket', (socket) => sockets.add(socket));
    req.on('error', reject);
    req.end(body);
  });
}
