package cn.energydata.discovery.service;

import java.util.List;

/** One page of a listing, with the total to page through it. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
