/* The aligner's table, filled in C: the same loops as align_jit.py's _band_products and
 * _fill_rows (which numba compiles), operation for operation, so the same floating-point
 * results and the same path as the numpy reference (align_dp._fill_table_numpy).
 *
 * Why C as well as numba: numba costs about a second at every start (its import and the
 * load of its cached machine code), as long as the whole alignment of 10,000 x 10,000
 * sentences. These loops need no Python: translator_gui.core.align_native loads this file
 * with ctypes and passes numpy arrays' buffers. It is built at install as an optional
 * extension; without a C compiler the aligner uses numba, else numpy.
 *
 * Copyright: translator_gui developers. Licence: GPL-3.0-or-later.
 */

#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#if defined(_WIN32)
#define EXPORT __declspec(dllexport)
#else
#define EXPORT __attribute__((visibility("default")))
#endif

/* First index of a sorted array holding a value >= x (numpy's searchsorted, side left). */
static int64_t lower_bound(const int64_t *a, int64_t count, int64_t x)
{
    int64_t low = 0, high = count;
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        if (a[middle] < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

/* Prefix sums along the band of dot(source i, target j): prefix is n x (width + 1), zeroed
 * by the caller; prefix[s, x + 1] = sum of the products with targets row_lo[s] .. +x. */
EXPORT void band_products(int64_t n, int64_t m, int64_t width, int64_t entries_s,
                          const int64_t *token_s, const int64_t *sentence_s,
                          const double *value_s, int64_t entries_t, const int64_t *key_t,
                          const int64_t *sentence_t, const double *value_t,
                          const int64_t *row_lo, const int64_t *row_hi, double *prefix)
{
    const int64_t stride = width + 1;
    if (entries_t > 0) {
        for (int64_t e = 0; e < entries_s; e++) {
            int64_t s = sentence_s[e];
            int64_t base = token_s[e] * (m + 1);
            int64_t start = lower_bound(key_t, entries_t, base + row_lo[s]);
            int64_t stop = lower_bound(key_t, entries_t, base + row_hi[s]);
            double *row = prefix + s * stride + 1;  /* the products, summed below */
            for (int64_t f = start; f < stop; f++)
                row[sentence_t[f] - row_lo[s]] += value_s[e] * value_t[f];
        }
    }
    for (int64_t s = 0; s < n; s++) {
        double total = 0.0;
        double *row = prefix + s * stride;
        for (int64_t x = 0; x < width; x++) {
            total += row[x + 1];
            row[x + 1] = total;
        }
    }
}

/* Python's min(a, b) and max(a, b) on floats: the first unless the second is strictly
 * smaller (larger), which decides what a NaN gives. */
static double py_min(double a, double b) { return b < a ? b : a; }
static double py_max(double a, double b) { return b > a ? b : a; }
static int64_t min_i(int64_t a, int64_t b) { return b < a ? b : a; }
static int64_t max_i(int64_t a, int64_t b) { return b > a ? b : a; }

/* Rows first .. last - 1 of the table (stride table_stride, an inf sentinel column) and of
 * the choices (stride width: -1 = a 0-1 bead, else the bead type). 0 on success, -1 when
 * memory ran out. */
EXPORT int fill_rows(int64_t first, int64_t last, int64_t m, const int64_t *lo,
                     const int64_t *hi, int64_t count, const int64_t *type_a,
                     const int64_t *type_b, const double *prior, const double *floor_,
                     const double *cum_s, const double *cum_t, int64_t n,
                     const double *norms_s, const double *norms_t, int64_t norms_stride,
                     const uint8_t *boundary_s, const uint8_t *boundary_t,
                     const double *prefix, const int64_t *row_lo, int64_t m_width,
                     const int64_t *s_inner, const int64_t *t_inner, double ratio, double s2,
                     double null_cost, double length_weight, double lexical_weight,
                     double evidence_weight, double evidence_scale, double orphan_cost,
                     double paragraph_cross, double mismatch, double *table,
                     int64_t table_stride, int8_t *choice, int64_t width)
{
    const double inf = INFINITY;
    const double root2 = sqrt(2.0);
    const int64_t prefix_stride = m_width + 1;
    double *best = malloc(sizeof(double) * (size_t)(width > 0 ? width : 1));
    double *cells = calloc((size_t)(width > 0 ? width : 1), sizeof(double));
    int64_t *pick = calloc((size_t)(width > 0 ? width : 1), sizeof(int64_t));
    double column_dots[4];
    if (best == NULL || cells == NULL || pick == NULL) {
        free(best);
        free(cells);
        free(pick);
        return -1;
    }
    for (int64_t i = first; i < last; i++) {
        int64_t lo_i = lo[i];
        int64_t valid_cells = min_i(hi[i], m + 1) - lo_i;
        for (int64_t k = 0; k < width; k++) {
            int64_t j = lo_i + k;
            if (k >= valid_cells) {
                best[k] = inf;
                pick[k] = 0;
                continue;
            }
            double cell = boundary_s[i] != boundary_t[j] ? mismatch : 0.0;
            cells[k] = cell;
            double best_cost = inf;
            int64_t best_type = 0;
            for (int64_t t = 0; t < count; t++) {
                int64_t a = type_a[t];
                if (i < a)
                    continue;
                int64_t b = type_b[t];
                int64_t prev = i - a;
                int64_t pj = j - b;
                int64_t col = pj - lo[prev];
                if (pj < 0 || col < 0 || pj >= hi[prev])
                    continue;
                double there = table[prev * table_stride + col];
                if (there + floor_[t] >= best_cost)
                    continue;
                double here;
                if (b == 0) {
                    here = null_cost;
                } else {
                    double ls = cum_s[i] - cum_s[prev];
                    double lt = cum_t[j] - cum_t[pj];
                    double mean = py_max((ls * ratio + lt) / 2.0, 1.0);
                    double delta = fabs(lt - ls * ratio) / sqrt(mean * s2);
                    double x = delta / root2;
                    double q = 1.0 / (1.0 + 0.3275911 * x);
                    double poly = q * (0.254829592 + q * (-0.284496736 + q * (1.421413741
                                  + q * (-1.453152027 + q * 1.061405429))));
                    here = prior[t] + length_weight * (x * x - log(poly));
                    if (there + here >= best_cost && floor_[t] > -inf)
                        continue;
                    double dot = 0.0;
                    double orphans = 0.0;
                    for (int64_t z = 0; z < b; z++)
                        column_dots[z] = 0.0;
                    for (int64_t u = 0; u < a; u++) {
                        int64_t sentence = prev + u;
                        int64_t base = row_lo[sentence];
                        int64_t upper = min_i(max_i(j - base, 0), m_width);
                        int64_t lower = min_i(max_i(pj - base, 0), m_width);
                        const double *row = prefix + sentence * prefix_stride;
                        double part = row[upper] - row[lower];
                        dot += part;
                        if (a > 1 && part <= 1e-12 && norms_s[sentence * norms_stride] > 0)
                            orphans += 1.0;
                        if (b > 1) {
                            for (int64_t z = 0; z < b; z++) {
                                int64_t at = min_i(max_i(pj + z - base, 0), m_width - 1);
                                column_dots[z] += row[at + 1] - row[at];
                            }
                        }
                    }
                    if (b > 1) {
                        for (int64_t z = 0; z < b; z++) {
                            if (column_dots[z] <= 1e-12
                                    && norms_t[min_i(pj + z, m - 1) * norms_stride] > 0)
                                orphans += 1.0;
                        }
                    }
                    double ns = norms_s[min_i(prev, n - 1) * norms_stride + (a - 1)];
                    double nt = norms_t[min_i(pj, m - 1) * norms_stride + (b - 1)];
                    double cosine = (ns > 0 && nt > 0) ? dot / sqrt(ns * nt) : 0.0;
                    double evidence = py_min(ns, nt);
                    evidence = evidence / (evidence + evidence_scale);
                    double lexical = 0.0;
                    if (ns > 0 || nt > 0)
                        lexical = ((lexical_weight + evidence_weight * evidence)
                                   * (1.0 - py_min(cosine, 1.0)));
                    here = here + lexical * ((double)(a + b) / 2.0) + orphan_cost * orphans;
                    int64_t crossings = (s_inner[i - 1] - s_inner[prev])
                                        + (t_inner[max_i(j - 1, 0)] - t_inner[pj]);
                    here = here + paragraph_cross * (double)crossings;
                }
                double total = there + here;
                if (total < best_cost) {
                    best_cost = total;
                    best_type = t;
                }
            }
            if (i == 0 && k == 0)
                best_cost = 0.0;
            best[k] = best_cost + cell;
            pick[k] = best_type;
        }
        /* 0-1 beads chain along the row: best[j] = min(best[j], best[j-1] + null + cell) */
        double running = 0.0;
        double lowest = inf;
        for (int64_t k = 0; k < width; k++) {
            int valid = k < valid_cells;
            if (valid)
                running += null_cost + cells[k];
            lowest = py_min(lowest, best[k] - running);
            double chained = lowest + running;
            if (valid && chained < best[k] - 1e-9) {
                table[i * table_stride + k] = chained;
                choice[i * width + k] = -1;
            } else {
                table[i * table_stride + k] = best[k];
                choice[i * width + k] = (int8_t)pick[k];
            }
        }
    }
    free(best);
    free(cells);
    free(pick);
    return 0;
}

/* An importable (empty) module, so that the build tools treat this file as an extension
 * on every platform; the functions above are reached through ctypes. */
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_align_kernels",
                                    "The aligner's table in C (reached through ctypes).", -1,
                                    NULL};

PyMODINIT_FUNC PyInit__align_kernels(void)
{
    return PyModule_Create(&module);
}
