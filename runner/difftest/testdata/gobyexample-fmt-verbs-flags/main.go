// difftest: same
// Go by Example, String Formatting, taken further: every verb of fmt with
// its flags, widths, precisions and argument indexes, on values of Go's
// own types, and the marks of a wrong or missing argument.
package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *point
	M     map[string]int
	Any   any
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
	fmt.Printf("%o %O %#o %#x %#X %X %08b\n", 64, 64, 64, 255, 255, 3054, 5)
	fmt.Printf("%U %#U %q %+q\n", 0x1F600, 'ä', 'ä', "ä€")
	fmt.Printf("%08.3f|%+.2f|% d|%+d|%x|%X\n", 3.14159, 2.5, 42, 42, -255, "Hi")
	fmt.Printf("%g %g %g %G %.3g %.10g\n", 1e21, 1e-7, 100000.0, 1e-10, 3.14159, 1.0/3)
	fmt.Printf("%v %v %v %v\n", 1e6, 1e21, float32(0.1), 123456789.0)
	fmt.Printf("%-10s|%10s|%.2s|%-5.1s|\n", "left", "right", "trunc", "xyz")
	fmt.Printf("%5t|%-7t|\n", true, false)
	fmt.Printf("%x % x %X % X %#x\n", []byte("abc"), []byte("abc"), "xyz", []byte{1, 171}, "go")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %+v\n", nil, []any{nil, 1, "a"})
	n := Named{Name: "n", Tags: []string{"a", "b"}, Inner: nil, M: map[string]int{"z": 1, "a": 2}, Any: 3.5}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	fmt.Printf("%#v %#v %#v %#v %#v\n", []int(nil), []string{}, map[string]bool(nil), "q\"", 'x')
	fmt.Printf("%#v %#v %#v %#v\n", int8(-3), uint16(7), 2.0, complex(1, 2))
	fmt.Printf("%v %.2f %+.1e\n", complex(1.5, -2), complex(1.5, -2), complex(3, 4))
	fmt.Printf("%6.2v|%-8v|%08d|%+08d|%-08d|\n", 3.14159, "ab", -42, 42, 42)
	fmt.Printf("%x %X %o %b\n", uint8(200), int64(-1), -8, -5)
	fmt.Printf("%c%c%c %q %v\n", 'G', 'o', '!', []rune("hi"), []rune("hi"))
	fmt.Printf("%q %#q %q\n", `back\slash`, "raw`tick", "tab\there")
	fmt.Printf("%t %v\n", 1, true)
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, [2]bool{}, []int8{-1, 2})
	fmt.Printf("%08.3f|%-10.4e|%+g\n", -3.5, 1234.5678, 0.000012)
	fmt.Printf("%3c|%-3c|%5q\n", 'x', 'y', 'z')
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%e %g\n", 0.0, -0.0)
	fmt.Printf("%5.1f%%\n", 99.5)
	type E struct{}
	fmt.Printf("%v %+v %#v %T\n", E{}, struct{ A, B int }{1, 2}, struct{ A *int }{}, struct{ A, B int }{})
	var ip *int
	fmt.Printf("%v %d %T\n", ip, []*int{nil}, ip)
	fmt.Printf("%T %T %T %T %T %T\n", nil, any(nil), []any{}, map[string][]int{}, func(int) string { return "" }, make(chan<- bool))
	fmt.Printf("%v %s\n", fmt.Errorf("e"), error(nil))
	fmt.Printf("%10.3v|%-10.3v|\n", "abcdef", 12.3456)
	fmt.Printf("%+q %x\n", "日本", "日本")
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%b %b\n", 4.0, float32(1))
	fmt.Printf("%x %X\n", 1.0, -3.5)
	fmt.Printf("%#g %#.3x %# x\n", 1.0, 255, []byte{1, 2})
}
