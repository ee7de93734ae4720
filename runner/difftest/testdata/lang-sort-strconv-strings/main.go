// difftest: same
package main

// sort, slices, strconv and strings together as a tutorial's record
// parser: parse "name:age:score" lines with strconv and its *NumError,
// sort by several keys with sort.SliceStable and slices.SortFunc over
// cmp.Compare, binary search, and format with strings.Builder, Repeat,
// Fields, Cut, Title-case by hand, Quote and FormatFloat.

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Person struct {
	Name  string
	Age   int
	Score float64
}

func parse(line string) (Person, error) {
	name, rest, ok := strings.Cut(line, ":")
	if !ok {
		return Person{}, fmt.Errorf("no colon in %q", line)
	}
	ageS, scoreS, _ := strings.Cut(rest, ":")
	age, err := strconv.Atoi(strings.TrimSpace(ageS))
	if err != nil {
		return Person{}, fmt.Errorf("age of %s: %w", name, err)
	}
	score, err := strconv.ParseFloat(scoreS, 64)
	if err != nil {
		return Person{}, fmt.Errorf("score of %s: %w", name, err)
	}
	return Person{name, age, score}, nil
}

func main() {
	input := "ann:30:88.5\nbob: 25:92\ncy:x:1\ndi:25:92\nnocolon\ned:30:1e2\nfay:99999999999999999999:1\ngus:40:NaN"
	var people []Person
	for _, line := range strings.Split(input, "\n") {
		p, err := parse(line)
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Printf("bad %s: func=%s num=%q err=%v range=%v\n", line, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
		case err != nil:
			fmt.Println("bad:", err)
		default:
			people = append(people, p)
		}
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	ages := []int{}
	for _, p := range people {
		ages = append(ages, p.Age)
	}
	slices.Sort(ages)
	ages = slices.Compact(ages)
	i, found := slices.BinarySearch(ages, 30)
	j, found2 := sort.SearchInts(ages, 31), slices.Contains(ages, 31)
	fmt.Println(ages, i, found, j, found2)
	var b strings.Builder
	for _, p := range people {
		title := strings.ToUpper(p.Name[:1]) + p.Name[1:]
		fmt.Fprintf(&b, "%-5s|%3d|%s|%s\n", title, p.Age, strconv.FormatFloat(p.Score, 'f', -1, 64), strings.Repeat("*", int(p.Score)/20))
	}
	fmt.Print(b.String())
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.Itoa(1<<20), strconv.AppendBool([]byte("v="), true))
	n, err := strconv.ParseInt("0x1f", 0, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	bv, err := strconv.ParseBool("maybe")
	fmt.Println(bv, err)
	fmt.Println(strings.Fields("  a  b\tc\n"), len(strings.Fields(" ")), strings.SplitN("a,b,c,d", ",", 2), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(123456789, 'e', 3, 32))
}
