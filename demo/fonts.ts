/**
 * VA.gov's fonts, self-hosted from npm, so what designers judge in the demo and Storybook
 * is what a VA.gov page shows. The widget itself never loads fonts: it inherits the host's.
 */
import '@fontsource/source-sans-pro/400.css';
import '@fontsource/source-sans-pro/400-italic.css';
import '@fontsource/source-sans-pro/700.css';
import '@fontsource/bitter/700.css';
