// difftest: same
package main

import "fmt"

func f() int { fmt.Println("f runs"); return 1 }
func g() int { fmt.Println("g runs"); return 2 }

func pair() (int, error) { fmt.Println("pair runs"); return 3, nil }

func main() {
	s := make([]int, 2)
	i, j := 0, 5
	var err error
	s[i], err = pair()
	fmt.Println(s, err)
	s[i], s[j] = f(), g()
}
