// difftest: same
package main

import "fmt"

type Source <-chan string

func main() {
	ch := make(chan int, 1)
	var recv <-chan int = ch
	var send chan<- int = ch
	fmt.Println(recv == ch, ch == recv, send != ch, ch != send)
	other := make(chan int)
	fmt.Println(recv == other, other == recv)
	words := make(chan string)
	var src Source = words
	fmt.Println(src == words, words == src)
	chans := []<-chan int{ch, other}
	for i, c := range chans {
		if c == ch {
			fmt.Println("found at", i)
		}
	}
}
