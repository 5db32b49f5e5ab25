import styles from './ServerHtml.module.css';

/**
 * Markdown the server has rendered to HTML and sanitised (notes, decisions): shown as it is. Only ever give this the
 * *Html fields of the API, never text a user typed into this page. Paragraphs that are not public arrive as a quote
 * labelled so, which is styled to stand out.
 */
export function ServerHtml({ html }: { html: string | null | undefined }) {
  if (!html) return null;
  return <div className={`markdown ${styles.html}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
