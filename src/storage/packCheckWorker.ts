/// <reference lib="webworker" />
/** A pack-check worker: checks the pictures it is sent (packCheck.ts) and sends back the results in order. */
import { checkPicture, type CheckReply, type CheckRequest } from './packCheck';

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
  const { id, jobs } = e.data;
  const results = [];
  for (const job of jobs) results.push(await checkPicture(job));
  const reply: CheckReply = { id, results };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
