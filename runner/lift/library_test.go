package lift

import (
	"cmp"
	"math"
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// TestSortSliceOrdersAsSlices checks what the rewrite of slices.Sort,
// SortFunc and SortStableFunc rests on: Go's sort.Slice and
// sort.SliceStable, with a less that calls the comparison, leave every
// slice in the order slices' functions leave it, ties, NaNs and -0
// included, after the same number of comparisons.
func TestSortSliceOrdersAsSlices(t *testing.T) {
	type row struct{ key, id int }
	r := rand.New(rand.NewSource(1))
	for it := range 3000 {
		n := r.Intn(200)
		if it%100 == 0 {
			n = r.Intn(3000)
		}
		keys := 1 + r.Intn(n+1)
		a := make([]row, n)
		for i := range a {
			a[i] = row{r.Intn(keys), i}
		}
		byKey := func(x, y row) int { return cmp.Compare(x.key, y.key) }
		switch r.Intn(3) {
		case 1:
			slices.SortFunc(a, byKey)
		case 2:
			slices.SortFunc(a, func(x, y row) int { return byKey(y, x) })
		}
		for _, stable := range []bool{false, true} {
			want, got := slices.Clone(a), slices.Clone(a)
			wantCalls, gotCalls := 0, 0
			less := func(i, j int) bool { gotCalls++; return byKey(got[i], got[j]) < 0 }
			if stable {
				slices.SortStableFunc(want, func(x, y row) int { wantCalls++; return byKey(x, y) })
				sort.SliceStable(got, less)
			} else {
				slices.SortFunc(want, func(x, y row) int { wantCalls++; return byKey(x, y) })
				sort.Slice(got, less)
			}
			if !slices.Equal(got, want) || gotCalls != wantCalls {
				t.Fatalf("n=%d stable=%v: sort.Slice differs from slices (%d comparisons, want %d)", n, stable, gotCalls, wantCalls)
			}
		}
		fs := make([]float64, n)
		for i := range fs {
			switch r.Intn(6) {
			case 0:
				fs[i] = math.NaN()
			case 1:
				fs[i] = math.Copysign(0, -1)
			default:
				fs[i] = float64(r.Intn(keys))
			}
		}
		want, got := slices.Clone(fs), slices.Clone(fs)
		slices.Sort(want)
		sort.Slice(got, func(i, j int) bool { return cmp.Less(got[i], got[j]) })
		for i := range want {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
				t.Fatalf("n=%d: slices.Sort puts %v at %d, sort.Slice %v", n, want[i], i, got[i])
			}
		}
	}
}
