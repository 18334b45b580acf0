package org.aikg.shell;

public final class Aikg {
    public static void main(String[] args) { System.out.println("hi"); }
}
