// difftest: same
package main

import "fmt"

func main() {
	out := make(chan []byte, 2)
	runes := make(chan []rune, 1)
	select {
	case out <- []byte("hello"):
	}
	select {
	case runes <- []rune("héllo"):
	}
	b := <-out
	r := <-runes
	fmt.Println(string(b), len(b), cap(b), string(r), len(r), cap(r))
}
