import { useCallback, useId, useState } from 'react';

/**
 * An inline form opened by a button: focus goes into the form when it opens and back to the button when it closes,
 * so keyboard and screen-reader users never lose their place.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const toggleId = useId();
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(toggleId)?.focus());
  }, [toggleId]);
  return { open, show, hide, toggleId };
}
