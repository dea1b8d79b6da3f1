import { useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * An inline form opened by a button: focus goes into the form when it opens and back to the button when it closes,
 * so keyboard and screen-reader users never lose their place. Focus moves in an effect, once the button is on screen
 * again (a frame callback can run before React has committed it).
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const toggleId = useId();
  const restoreFocus = useRef(false);
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => {
    restoreFocus.current = true;
    setOpen(false);
  }, []);
  useEffect(() => {
    if (open || !restoreFocus.current) return;
    restoreFocus.current = false;
    document.getElementById(toggleId)?.focus();
  }, [open, toggleId]);
  return { open, show, hide, toggleId };
}
