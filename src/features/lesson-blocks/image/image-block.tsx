import type { ImageBlock as ImageBlockData } from '../../../course/schema/lesson-blocks-schema';
import type { BlockProps } from '../shared/block-props';

/**
 * An illustration or diagram from the module's media/. A decorative one has empty alt
 * text, so screen readers skip it; any other has the alt text its author wrote.
 */
export function ImageBlock({ block, env }: BlockProps<ImageBlockData>) {
  const url = env.mediaUrl(block.src);
  // Validation makes sure the file exists; a build that left it out shows nothing rather than a broken image.
  if (!url) return null;
  return (
    <figure className="block image-block">
      <img src={url} alt={block.decorative ? '' : env.text('alt')} className="image-block__image" {...(block.decorative ? {} : env.text.mark('alt'))} />
      {block.caption && <figcaption className="image-block__caption">{env.text.node('caption')}</figcaption>}
    </figure>
  );
}
