// difftest: same

package main

// net/url: Values' Encode, a URL built from fields, userinfo and Redacted,
// ResolveReference and JoinPath, escaping, and parse errors; path's Join,
// Base, Ext and Match.

import (
	"fmt"
	"net/url"
	"path"
)

func main() {
	v := url.Values{}
	v.Set("q", "go sockets & more")
	v.Add("tag", "tcp")
	v.Add("tag", "udp")
	fmt.Println(v.Encode(), v.Get("tag"), v["tag"], v.Has("x"))
	u := &url.URL{Scheme: "http", Host: "127.0.0.1:8080", Path: "/a b/c", RawQuery: v.Encode(), Fragment: "top"}
	fmt.Println(u.String(), u.EscapedPath(), u.Port(), u.Hostname())
	p, err := url.Parse("https://user:pa%20ss@example.com:443/x/../y?z=1#f")
	fmt.Println(err, p.User.Username(), p.User, p.Path, p.Query(), p.Redacted())
	ref, _ := url.Parse("../img/logo.png")
	fmt.Println(p.ResolveReference(ref), p.JoinPath("sub", "file.txt"))
	fmt.Println(url.QueryEscape("a/b c+d"), url.PathEscape("a/b c+d"))
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.ParseQuery("a=%zz")
	fmt.Println(err)
	fmt.Println(path.Join("a", "../b", "c/"), path.Base("/x/y.go"), path.Ext("f.tar.gz"))
	m, _ := path.Match("*.go", "main.go")
	fmt.Println(m)
}
