// difftest: same
// stderr: panic
package main

// Validation of records read from stdin gathers every problem with
// errors.Join; a record that fails ends the program with panic(err), whose
// text holds a line for each problem: Go prints each after the first after
// a tab.

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type User struct {
	Name string
	Age  int
	Mail string
}

func validate(u User) error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, errors.New("name: empty"))
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, fmt.Errorf("age: %d out of range", u.Age))
	}
	if !strings.Contains(u.Mail, "@") {
		errs = append(errs, fmt.Errorf("mail: %q has no @", u.Mail))
	}
	return errors.Join(errs...)
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), ";")
		age, err := strconv.Atoi(f[1])
		if err != nil {
			fmt.Println("record", n, "skipped:", err)
			continue
		}
		u := User{f[0], age, f[2]}
		if err := validate(u); err != nil {
			panic(fmt.Errorf("record %d: %w", n, err))
		}
		fmt.Printf("record %d ok: %+v\n", n, u)
	}
}
