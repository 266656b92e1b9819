// asciichart ships no types; this is the part of its API we call.
declare module 'asciichart' {
  interface PlotConfig {
    height?: number;
    min?: number;
    max?: number;
    offset?: number;
    padding?: string;
    colors?: string[];
    format?: (value: number, index: number) => string;
  }
  const asciichart: { plot(series: number[] | number[][], config?: PlotConfig): string; cyan: string };
  export default asciichart;
}
