// difftest: same
package main

import (
	"fmt"
	"os"
	"regexp"
	"text/tabwriter"
	"text/template"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.org`)
	s := "mail ann@go.org and bob@net.org"
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.ReplaceAllString(s, "$1 at $2"))
	fmt.Println(regexp.MustCompile(`^\d{3}$`).MatchString("123"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "name\tport\tproto")
	fmt.Fprintln(tw, "echo\t7\ttcp")
	fmt.Fprintln(tw, "daytime\t13\tudp")
	tw.Flush()
	t := template.Must(template.New("t").Parse("{{range .}}[{{.}}]{{end}}\n"))
	t.Execute(os.Stdout, []string{"a", "b"})
}
