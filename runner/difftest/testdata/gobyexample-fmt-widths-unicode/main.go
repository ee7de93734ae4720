// difftest: same
// fmt's widths and precisions on strings of several bytes per rune, zero
// padding of strings, quoting of odd runes, nil values of every kind and
// floats and integers at their edges.
package main

import "fmt"

func main() {
	fmt.Printf("|%-6s|%6s|%.2s|%5.1s|\n", "héllo", "日本", "日本語", "ñandú")
	fmt.Printf("|%08s|%-08s|%08q|\n", "ab", "ab", "ab")
	fmt.Printf("|%5c|%-5c|%05d|%x|%X|\n", 'é', '日', -42, -255, -255)
	fmt.Printf("|%q|%+q|%#q|%#+q|\n", "é\x00\u2028", "é", "back`tick", "é")
	fmt.Printf("|%q|%q|%U|%#U|%c|\n", rune(-1), rune(0x110000), rune(-1), 'x', rune(0x110000))
	fmt.Printf("|%8.3x|%.2X|% x|%#x|\n", 3.14159, 255.5, []byte{}, []byte{})
	fmt.Printf("|%b|%b|%.3b|\n", float32(0.5), 1.0, 8)
	fmt.Printf("|%v|%v|%v|%v|%v|\n", []int(nil), map[string]int(nil), (func())(nil), (chan int)(nil), (*int)(nil))
	fmt.Printf("|%d|%s|%v|\n", []byte(nil), []byte(nil), []byte(nil))
	fmt.Printf("|%6.2f|%-8.3e|%+08.2f|% .3f|%#.0f|\n", -0.0, 1e-7, 3.14159, 2.5, 3.0)
	fmt.Printf("|%g|%G|%.0g|%#g|%g|\n", 1e-320, 1e300*10, 0.5, 2.0, float32(3.3))
	fmt.Printf("|%x|%X|%o|%O|%b|\n", uint64(1<<63), int8(-128), int16(-9), 8, int64(-1))
	fmt.Printf("|%10.4v|%-10.4v|\n", "truncated", 3.14159265)
	fmt.Printf("|%t|%v|%08t|\n", true, false, true)
	fmt.Printf("|%v|%.2v|%10v|\n", complex64(complex(1, 2)), complex(1.2345, -6.789), complex(0, 0))
	fmt.Printf("|%s|%v|%q|\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	fmt.Printf("|%x|%X|%s|\n", [2]uint16{10, 255}, []int{10, 255}, []rune("hi"))
	fmt.Printf("|%v|%+v|\n", struct {
		a []int
		b map[int]string
		c *int
		d any
		e error
	}{}, struct{ A, b int }{1, 2})
}
