/**
 * A classify thread (classify-pool.ts): reads each batch it is sent with readOne, as ingest does inline,
 * and answers the columns. The allocations of classification (tokens, analyses: most of a batch's
 * garbage) are this thread's heap's, so their collections never hold the event loop.
 */

import { parentPort } from "node:worker_threads";
import type { LearnedModel } from "../../nlp/index.js";
import type { ClassifyReply, ClassifyRequest } from "./classify-pool.js";
import { emptyReads, readOne } from "./classify-read.js";

const port = parentPort;
if (!port) throw new Error("the classify thread must run as a worker thread");

/** Workspaces' learned models by the key the pool gave each, most recently used last. */
const MODELS_KEPT = 32;
const models = new Map<number, LearnedModel>();

function modelFor(req: ClassifyRequest): LearnedModel | null | undefined {
  if (req.model === null) return null;
  if (req.learned) {
    models.delete(req.model);
    models.set(req.model, req.learned);
    if (models.size > MODELS_KEPT) models.delete(models.keys().next().value as number);
    return req.learned;
  }
  const m = models.get(req.model);
  if (m) {
    models.delete(req.model);
    models.set(req.model, m);
  }
  return m;
}

port.on("message", (req: ClassifyRequest) => {
  const learned = modelFor(req);
  if (learned === undefined) {
    // Not (or no longer) here: the pool sends the batch again with the model.
    port.postMessage({ id: req.id, missing: true } satisfies ClassifyReply);
    return;
  }
  try {
    const reads = emptyReads();
    for (let i = 0; i < req.inputs.texts.length; i++) readOne(reads, req.inputs, i, req.shop, learned);
    port.postMessage({ id: req.id, reads } satisfies ClassifyReply);
  } catch (err) {
    // Not a classifier fault (readOne keeps those): the batch is read inline, where it fails as it would.
    port.postMessage({
      id: req.id,
      error: err instanceof Error ? err.message : String(err),
    } satisfies ClassifyReply);
  }
});

// Every module is loaded: the pool sends batches from now on (until then it reads them inline).
port.postMessage({ ready: true } satisfies ClassifyReply);
