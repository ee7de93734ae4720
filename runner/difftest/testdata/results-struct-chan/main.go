// difftest: same
package main

import (
	"errors"
	"fmt"
	"sort"
)

type result struct {
	id  int
	val string
	err error
}

func work(id int) result {
	if id%3 == 0 {
		return result{id: id, err: errors.New("divisible by three")}
	}
	return result{id: id, val: fmt.Sprintf("item-%02d", id)}
}

func main() {
	results := make(chan result)
	for i := 1; i <= 6; i++ {
		go func(id int) { results <- work(id) }(i)
	}
	var all []result
	for i := 0; i < 6; i++ {
		all = append(all, <-results)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		if r.err != nil {
			fmt.Println(r.id, "failed:", r.err)
			continue
		}
		fmt.Println(r.id, r.val)
	}
}
