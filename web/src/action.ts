import { useState } from "react";
import { errorMessage } from "./api.js";
import { useToast } from "./components/Toast.js";

/**
 * A form's or button's call to the API: `busy` while `run`'s work is under way. A failure is kept in
 * `error` for the form to show beside its fields (FormError), or handed to `onError` when given.
 */
export function useAction(onError?: (e: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (onError) onError(e);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** `useAction` for buttons with no form around them: a failure is said in a toast. */
export function useToastAction() {
  const toast = useToast();
  return useAction((e) => toast({ message: errorMessage(e), tone: "error" }));
}
