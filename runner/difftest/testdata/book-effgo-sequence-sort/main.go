// difftest: same
package main

// Effective Go, Methods and Conversions: Sequence implements
// sort.Interface, its String sorts a copy and prints it, and a later
// version converts to []int and uses sort.IntSlice.

import (
	"fmt"
	"sort"
)

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	copy := make(Sequence, 0, len(s))
	return append(copy, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	str := "["
	for i, elem := range s {
		if i > 0 {
			str += " "
		}
		str += fmt.Sprint(elem)
	}
	return str + "]"
}

type Sorted []int

func (s Sorted) String() string {
	c := append(Sorted(nil), s...)
	sort.IntSlice(c).Sort()
	return fmt.Sprint([]int(c))
}

func main() {
	seq := Sequence{5, 2, 8, 1, 9, 3}
	fmt.Println(seq)
	fmt.Println([]int(seq))
	fmt.Printf("%v %d %s\n", seq, seq, seq)
	sort.Sort(sort.Reverse(seq))
	fmt.Println([]int(seq), sort.IsSorted(seq))
	fmt.Println(Sorted{3, 1, 2}, Sorted(seq))
	s := sort.IntSlice{4, 2, 7}
	s.Sort()
	fmt.Println(s, s.Search(4), sort.SearchInts(s, 5))
}
