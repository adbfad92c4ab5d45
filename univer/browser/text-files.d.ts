// The build bundles the sample CSV files into the page as text (esbuild's `text` loader).
declare module '*.csv' {
  const text: string;
  export default text;
}
