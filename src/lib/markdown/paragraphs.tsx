/**
 * Plain text split into paragraphs at blank lines. For the few texts on the first
 * screen (the course description, the assessment introduction), so the menu renders
 * without loading the markdown parser.
 */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}
