import type { App } from "./types.js";

const FORM_LIMIT = 1024 * 1024;

/**
 * `multipart/form-data` bodies as a plain object of their text fields, for every route. RFC 8058 lets a
 * mail client send the one-click unsubscribe POST in either form encoding; the url-encoded parser lives
 * in the scopes of the routes that take forms, this one here so that no route refuses the other. Files
 * are dropped: no route takes uploads this way.
 */
export function installFormParsers(app: App) {
  app.addContentTypeParser(
    "multipart/form-data",
    { parseAs: "buffer", bodyLimit: FORM_LIMIT },
    async (req: { headers: Record<string, string | string[] | undefined> }, body: Buffer) => {
      const type = String(req.headers["content-type"] ?? "");
      try {
        const form = await new Response(body, { headers: { "content-type": type } }).formData();
        const out: Record<string, string> = {};
        for (const [name, value] of form.entries()) if (typeof value === "string") out[name] = value;
        return out;
      } catch {
        const err = new Error("the body is not valid multipart/form-data") as Error & { statusCode: number };
        err.statusCode = 400;
        throw err;
      }
    },
  );
}
