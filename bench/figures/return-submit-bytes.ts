import { demoReferenceData } from '../../src/core/demo';
import { ReturnVersion } from '../../src/core/schemas';
import { type EnrolResponse, type PushRequest, ReturnChange } from '../../src/core/sync';
import { nextQuarter } from '../../src/core/time';
import { encodeJsonBody } from '../../src/app/sync/encodeBody';
import { uuidv7 } from '../../src/hub/services/uuidv7';
import type { Figure } from '../figure';
import { line, note } from '../harness';
import { startBenchClient, startBenchHub } from './sync-workload';

/**
 * Issue 6: `bench return-submit-bytes <B> B`. The demo consortium's largest quarterly return (by
 * its JSON), sealed as the next quarter's version 1 by its member's manager, pushed once by that
 * member's tablet the way the sync engine sends it (the app's encodeJsonBody: gzip JSON) — and
 * the bytes its connection carried both ways, HTTP headers included. A size: one run suffices.
 */
export const returnSubmitBytesFigure: Figure = {
  name: 'return-submit-bytes',
  about: 'bytes on the wire (gzip JSON both ways, headers included) to push the demo’s largest quarterly return once sealed',
  async run() {
    const history = demoReferenceData().returns;
    const largest = history.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    const bench = await startBenchHub();
    try {
      const code = bench.hub.start.enrolmentCodes.find((c) => c.memberId === largest.memberId)?.code;
      // The bench hub enrolled m-advice with its code; another member needs its own device.
      const device = largest.memberId === bench.device.memberId ? bench.device : await enrol(bench.hub.url, code);
      const client = await startBenchClient({ ...bench, device });
      try {
        const now = new Date();
        const at = now.toISOString();
        const manager = `${largest.memberId}-manager`;
        const id = uuidv7(now);
        const sealed = ReturnVersion.parse({
          ...largest,
          id,
          quarter: nextQuarter(history.filter((r) => r.subContractId === largest.subContractId).map((r) => r.quarter).sort().at(-1)!),
          version: 1,
          state: 'sealed',
          receivedAt: null,
          updatedAt: at,
          updatedBy: manager,
          seal: { declarationAccepted: true, managerId: manager, managerName: 'Demo manager', sealedAtDevice: at, sealedAtCorrected: at, skewMs: 800 },
        });
        const change = ReturnChange.parse({ changeId: uuidv7(now), entity: 'return', entityId: id, op: 'upsert', version: 1, baseVersion: 0, personId: manager, deviceTime: at, data: sealed });
        const request: PushRequest = { deviceTime: at, changes: [change] };
        const encoded = await encodeJsonBody(request, { compress: true });
        const body = typeof encoded.body === 'string' ? Buffer.from(encoded.body) : Buffer.from(encoded.body);
        await client.load({ bodies: [body] });
        const { applied, bytesSent, bytesReceived } = await client.push();
        if (applied !== 1) throw new Error('The hub did not apply the sealed return');
        note(
          `${largest.subContractId} (${sealed.figures.length} figures, ${Object.keys(sealed.explanations).length} explanations): JSON ${Buffer.byteLength(JSON.stringify(request))} B, ` +
            `gzip body ${body.byteLength} B; sent ${bytesSent} B, received ${bytesReceived} B`,
        );
        line('return-submit-bytes', bytesSent + bytesReceived, 'B');
      } finally {
        await client.close();
      }
    } finally {
      await bench.close();
    }
  },
};

async function enrol(hubUrl: string, code: string | undefined): Promise<EnrolResponse> {
  if (!code) throw new Error('The bench hub made no enrolment code for the member of the largest return');
  const response = await fetch(`${hubUrl}/api/enrol`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, deviceName: 'Manager tablet' }) });
  if (response.status !== 201) throw new Error(`Enrolment failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrolResponse;
}
