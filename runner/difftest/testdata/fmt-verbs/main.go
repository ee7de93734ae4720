// difftest: same
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%#x\n", n, n, n, n, n, n, n, n, n)
	f := 3.14159
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%G\n", f, f, f, f, f, f)
	s := "go"
	fmt.Printf("%s|%q|%10s|%-10s|%x|% x\n", s, s, s, s, s, s)
	fmt.Printf("%c|%U|%q\n", 'G', 'G', 'G')
	fmt.Printf("%t|%v\n", true, false)
	fmt.Printf("%v|%d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%v|%+v\n", map[string]int{"b": 2, "a": 1}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%T %T %T %T\n", n, f, s, []string{})
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 4, 7)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
	var ip *int
	fmt.Println(ip == nil)
}
