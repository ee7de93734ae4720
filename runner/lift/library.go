package lift

import (
	"reflect"
	"sort"
	"unicode"
	"unicode/utf8"
)

// librarySymbols are the compiled functions of Go's library that the
// bodies the rewrite writes out for slices, strings and bytes functions
// call (see runner/rewrite's library pass), under names of this package:
// the script may not have imported their packages, whose symbols the
// interpreter then lacks. sort.Slice and sort.SliceStable are generated
// from the same source as slices.SortFunc and slices.SortStableFunc, so
// they order ties, NaNs and -0 as those do, with the same calls of the
// comparison.
func librarySymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SortSlice":          reflect.ValueOf(sort.Slice),
		"SortSliceStable":    reflect.ValueOf(sort.SliceStable),
		"DecodeRune":         reflect.ValueOf(utf8.DecodeRune),
		"DecodeRuneInString": reflect.ValueOf(utf8.DecodeRuneInString),
		"IsSpace":            reflect.ValueOf(unicode.IsSpace),
	}
}
