import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import type { FastifySchema } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/**
 * The OpenAPI document is generated from the routes' zod schemas; these two hooks make it usable by a
 * generated client without each route repeating what is true of all of them: every operation gets a
 * stable operationId, the public ones say they need no credentials, and every operation declares the
 * error answers the edge can give, with the one error shape (CONTRACT.md).
 */

type Transform = typeof jsonSchemaTransform;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions["transformObject"]>;
type JsonSchema = Record<string, unknown>;
type Operation = {
  operationId?: string;
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
};

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const word = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : "");

/** `POST /api/v1/crises/:id/tasks` → `postCrisesByIdTasks`; the API's own prefix says nothing. */
export function operationIdOf(method: string, url: string): string {
  const parts = url
    .replace(/^\/api\/v1(?=\/|$)/, "")
    .split("/")
    .filter(Boolean)
    .map((seg) => (seg.startsWith(":") || seg.startsWith("{") ? `By_${seg.replace(/[:{}]/g, "")}` : seg))
    .flatMap((seg) => seg.split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map(word);
  return method.toLowerCase() + (parts.join("") || "Root");
}

const ANSWER = /\.(?:status|code)\((\d{3})\)/g;

/**
 * A route that declares only `200` but whose handler answers another success code (201 Created, 202,
 * 204) is documented with the code it really answers. Read from the handler's own source: the schema
 * of such routes was written before the status code and nothing else records it.
 */
function realSuccessCode(handler: unknown, response: Record<string, unknown> | undefined): string | null {
  if (typeof handler !== "function") return null;
  const declared = Object.keys(response ?? {});
  if (declared.some((c) => c !== "200" && c.startsWith("2"))) return null;
  const codes = new Set([...handler.toString().matchAll(ANSWER)].map((m) => m[1] as string));
  const success = [...codes].filter((c) => c.startsWith("2"));
  if (success.length !== 1 || success[0] === "200" || codes.has("200")) return null;
  return success[0] ?? null;
}

export const openapiTransform: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  const schema = { ...(out.schema as FastifySchema & JsonSchema) };
  const { route } = input;
  const method = [route.method].flat()[0] ?? "GET";
  schema.operationId ??= operationIdOf(method, out.url);
  if (route.config?.access === "public") schema.security = [];
  const response = schema.response as Record<string, unknown> | undefined;
  const real = realSuccessCode(route.handler, response);
  if (real) {
    const { 200: ok, ...rest } = response ?? {};
    schema.response = {
      ...rest,
      [real]:
        real === "204"
          ? { description: "No content", type: "null" }
          : (ok ?? { description: "Success", type: "object" }),
    };
  }
  return { ...out, schema };
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          description:
            "invalid, unauthorized, forbidden, not_found, conflict, payload_too_large, rate_limited, unavailable, internal",
        },
        message: { type: "string" },
        field: { type: "string", description: "The input field at fault, when there is one" },
      },
    },
  },
};

const ERROR_RESPONSES: Record<string, string> = {
  "400": "The request is invalid; `field` names the input at fault",
  "401": "No or wrong credentials",
  "403": "The credentials do not allow this",
  "404": "Not found",
  "409": "Conflict (e.g. a request with the same Idempotency-Key is still running)",
  "413": "The body is too large",
  "422": "The Idempotency-Key was used for another request",
  "429": "Too many requests from an address without credentials",
  "500": "Internal error",
  "503": "The store is unavailable",
};

function errorsOf(method: string, op: Operation): string[] {
  const params = op.parameters ?? [];
  const out: string[] = [];
  if (params.length > 0 || op.requestBody) out.push("400");
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  out.push(...(isPublic ? ["429"] : ["401", "403"]));
  if (params.some((p) => p.in === "path")) out.push("404");
  if (method === "post") out.push("409", "422");
  if (op.requestBody) out.push("413");
  out.push("500", "503");
  return out;
}

/** OpenAPI 3.0 cannot say `nullable` without a `type`, nor require what it does not define. */
function repairSchemas(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) repairSchemas(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const s = node as JsonSchema;
  // An untyped schema already accepts null: the lone `nullable` only confuses validators.
  if (
    s["nullable"] === true &&
    s["type"] === undefined &&
    !s["anyOf"] &&
    !s["oneOf"] &&
    !s["allOf"] &&
    !s["$ref"]
  )
    delete s["nullable"];
  // zod writes a record keyed by an enum as `additionalProperties` plus `required`: name its keys.
  const extra = s["additionalProperties"];
  if (Array.isArray(s["required"]) && extra && typeof extra === "object") {
    const props = (s["properties"] ?? {}) as JsonSchema;
    for (const key of s["required"] as string[]) props[key] ??= extra;
    s["properties"] = props;
  }
  for (const v of Object.values(s)) repairSchemas(v);
}

type Doc = {
  servers?: unknown[];
  info: Record<string, unknown>;
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
};

export function openapiTransformObject(publicUrl: string): TransformObject {
  return (input) => {
    if (!("openapiObject" in input)) return input.swaggerObject;
    const doc = input.openapiObject as Doc;
    doc.servers = [{ url: publicUrl }];
    doc.info["license"] = { name: "AGPL-3.0-only", url: "https://www.gnu.org/licenses/agpl-3.0.html" };
    doc.components ??= {};
    const components = doc.components;
    components["schemas"] = { ...components["schemas"], Error: errorSchema };
    const responses: Record<string, unknown> = {};
    for (const [code, description] of Object.entries(ERROR_RESPONSES))
      responses[`Error${code}`] = {
        description,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    components["responses"] = { ...components["responses"], ...responses };
    const seen = new Map<string, number>();
    for (const path of Object.values(doc.paths ?? {})) {
      for (const method of METHODS) {
        const op = path[method];
        if (!op) continue;
        // Two addresses that differ only in punctuation would share an id: later ones are numbered.
        const id = op.operationId ?? method;
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        if (n > 1) op.operationId = `${id}${n}`;
        op.responses ??= {};
        for (const code of errorsOf(method, op))
          op.responses[code] ??= { $ref: `#/components/responses/Error${code}` };
        repairSchemas(op);
      }
    }
    return doc as typeof input.openapiObject;
  };
}
