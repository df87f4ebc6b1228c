/** `npm run gen:api-types`: writes web/src/api/schema.d.ts from the server's OpenAPI document. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { API_TYPES_FILE, apiTypes } from "./api-types.js";

const text = await apiTypes();
mkdirSync(dirname(API_TYPES_FILE), { recursive: true });
writeFileSync(API_TYPES_FILE, text);
process.stdout.write(`wrote ${API_TYPES_FILE} (${text.split("\n").length} lines)\n`);
