// difftest: same

// strings.Builder and bytes.Buffer written and read back, and strings'
// helpers: Fields, Split, SplitN, EqualFold, Index, Title, Count, a
// Replacer, Cut.

package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	s := strings.TrimSuffix(sb.String(), ",")
	fmt.Println(s, sb.Len())
	var buf bytes.Buffer
	buf.WriteString("head:")
	buf.WriteByte(' ')
	buf.Write([]byte("body"))
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(':')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	b := make([]byte, 3)
	n, err := buf.Read(b)
	fmt.Println(n, err, string(b[:n]))
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(strings.Fields("  a  b\tc\n"), len(strings.Split("a,b,,c", ",")), strings.SplitN("a=b=c", "=", 2))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("abc"), strings.Count("cheese", "e"), strings.Count("five", ""))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>x</b>"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
}
