// difftest: same
package main

import (
	"fmt"
	"strings"
)

type src struct {
	data string
	at   int
}

func (s *src) Read(p []byte) (int, error) {
	if s.at >= len(s.data) {
		return 0, fmt.Errorf("EOF")
	}
	n := copy(p, s.data[s.at:])
	s.at += n
	return n, nil
}

// ReadRune reads one letter, without its size.
func (s *src) ReadRune() (rune, error) {
	r := rune(s.data[s.at])
	s.at++
	return r, nil
}

func (s *src) ReadByte() byte { return s.data[s.at] }

func main() {
	s := &src{data: "12 34"}
	var a, b int
	n, err := fmt.Fscan(s, &a, &b)
	fmt.Println(n, err, a, b)
	t := &src{data: "xy"}
	r, _ := t.ReadRune()
	fmt.Println(string(r), string(t.ReadByte()))
	fmt.Println(strings.ToUpper(t.data))
}
