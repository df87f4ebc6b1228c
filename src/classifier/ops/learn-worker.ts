/**
 * The training itself, in a worker thread: seconds of arithmetic that must not hold the API's event loop
 * (health checks, other requests). Receives the labels and options, answers the report and the stored
 * form of the model (the thread's memory goes away with it).
 */
import { parentPort, workerData } from "node:worker_threads";
import { learnedToJson } from "../../nlp/learn/model.js";
import { type LearnOptions, learnSentiment, type SentimentExample } from "../../nlp/learn/train.js";

export interface LearnRequest {
  rows: SentimentExample[];
  opts: LearnOptions;
}

const req = workerData as LearnRequest;
const result = learnSentiment(req.rows, req.opts);
parentPort?.postMessage({
  languages: result.languages,
  labels: result.labels,
  model: result.model.languages.size > 0 ? learnedToJson(result.model) : null,
});
