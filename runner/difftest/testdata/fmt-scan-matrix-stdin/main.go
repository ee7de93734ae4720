// difftest: same
package main

// Reads a matrix size and its rows with fmt.Scan, then names with
// fmt.Scanln (which stops at a newline and reports "unexpected newline"
// and "expected newline"), computes row sums on goroutines gathered in
// order through indexed results, and prints a hex dump line and a sha256
// of the names.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

func main() {
	var rows, cols int
	if _, err := fmt.Scan(&rows, &cols); err != nil {
		fmt.Println("size:", err)
		return
	}
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			if _, err := fmt.Scan(&m[i][j]); err != nil {
				fmt.Println("cell", i, j, err)
			}
		}
	}
	sums := make([]int, rows)
	var wg sync.WaitGroup
	for i, row := range m {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range row {
				sums[i] += v
			}
		}()
	}
	wg.Wait()
	fmt.Println(m, sums)

	var names []string
	for {
		var a, b string
		n, err := fmt.Scanln(&a, &b)
		if n == 0 && err != nil && err.Error() == "EOF" {
			break
		}
		fmt.Printf("scanln %d %q %q %v\n", n, a, b, err)
		if n > 0 {
			names = append(names, a)
		}
		if err != nil && err.Error() == "expected newline" {
			var rest string
			fmt.Scanln(&rest)
		}
	}
	joined := strings.Join(names, ",")
	fmt.Println(hex.EncodeToString([]byte(joined))[:16])
	fmt.Printf("%x\n", sha256.Sum256([]byte(joined)))
}
