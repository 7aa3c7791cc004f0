/** A message above the work: an error from the server (in Japanese) or what was just done. */
export function ErrorMessage({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="message error" role="alert">
      {text}
    </div>
  );
}

export function DoneMessage({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="message done" role="status">
      {text}
    </div>
  );
}
