// difftest: same
package main

// A profile page read from a file next to the program, with html/template.
// The page tries to show the owner's password, which the Account type
// keeps in an unexported field: Go's template cannot reach it and fails
// there. The same page handed a map for the owner shows the value, as a
// template names a map's key as it names a field.

import (
	"fmt"
	"html/template"
	"os"
)

type Account struct {
	Name     string
	Joined   int
	password string
}

type Page struct {
	Site    string
	Members []Account
	Links   map[string]string
	Owner   Account
}

func main() {
	page, err := template.ParseFiles("profile.html")
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	owner := Account{Name: "ann", Joined: 2019, password: "s3cret"}
	members := []Account{owner, {Name: "bob", Joined: 2021}}
	links := map[string]string{"rules": "/rules", "faq": "/faq?q=a&b"}
	if err := page.Execute(os.Stdout, Page{"chat.example", members, links, owner}); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}

	data := map[string]any{
		"Site":    "chat.example",
		"Members": members,
		"Owner":   map[string]string{"Name": "carol", "Xpassword": "kept in a map"},
	}
	if err := page.Execute(os.Stdout, data); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}
}
