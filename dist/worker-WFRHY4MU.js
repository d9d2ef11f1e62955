import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  parseHcl,
  toWire
} from "./chunk-53ZA4NMH.js";
import "./chunk-7FI7UYSE.js";

// src/load/native/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
var WORKER_MARK = "rootguard-hcl-parser";
var workerUrl = import.meta.url;
if (!isMainThread && parentPort && workerData?.mark === WORKER_MARK) {
  const port = parentPort;
  port.on("message", (request) => {
    const results = request.files.map(({ text, filename }) => toWire(parseHcl(text, filename)));
    port.postMessage({ id: request.id, results });
  });
}
export {
  WORKER_MARK,
  workerUrl
};
