package cn.energydata.policy.service;

import java.util.List;

/** One page of a listing. */
public record PageView<T>(int page, int size, long total, List<T> items) {
}
