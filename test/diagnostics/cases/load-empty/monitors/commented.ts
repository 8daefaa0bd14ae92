// Everything here was commented out:
// export const m = metricAlert({ id: "x" });
/* and more */
